Feature: Product catalogue
  Browsing the shop: the list, one product, and search.

  Scenario: List products
    When I send a GET request to "/products"
    Then the response status is 200
    And the response header "Content-Type" contains "application/json"
    And the response JSON has the shape:
      """application/json
      [{ "id": 1, "name": "Widget", "price": 9.5, "tags": ["tools"] }]
      """

  Scenario: Open a product
    Given the variable "productId" is "1"
    When I send a GET request to "/products/${productId}"
    Then the response status is 200
    And the response JSON matches:
      """application/json
      { "id": 1, "name": "Widget", "price": 9.5, "tags": ["tools", "small"] }
      """
    And the response JSON at "$.name" is "Widget"

  Scenario: Open another product
    Given the variable "productId" is "2"
    When I send a GET request to "/products/${productId}"
    Then the response status is 200
    And the response JSON at "$.name" is "Gadget"
    And the response JSON at "$.price" is 24

  Scenario: Open a product that may be gone
    Given the variable "productId" is "3"
    When I send a GET request to "/products/${productId}"
    Then the response status is 200
    And the response JSON at "$.name" is "Gizmo"

  Scenario Outline: Search by price
    When I send a GET request to "/products?price_gte=<min>&_sort=price"
    Then the response status is 200
    And the response JSON at "$[0].price" is <cheapest>

    Examples:
      | min | cheapest |
      | 10  | 12.25    |
      | 20  | 24       |
