Feature: Editing products
  A shop keeper adds, changes and removes products.

  Scenario: Add, change and remove a product
    Given the request header "Accept" is "application/json"
    And the request body is:
      """application/json
      { "name": "Sprocket", "price": 3, "tags": ["parts"] }
      """
    When I send a POST request to "/products"
    Then the response status is 201
    And the response header "Location" contains "/products/"
    And the response JSON matches, ignoring "$.id":
      """application/json
      { "id": 4, "name": "Sprocket", "price": 3, "tags": ["parts"] }
      """
    And I capture "productId" from the JSON at "$.id"
    Given the request body is:
      """application/json
      { "price": 4 }
      """
    When I send a PATCH request to "/products/${productId}"
    Then the response status is 200
    And the response JSON at "$.price" is 4
    When I send a DELETE request to "/products/${productId}"
    Then the response status is 200
    When I send a GET request to "/products/${productId}"
    Then the response status is 404
