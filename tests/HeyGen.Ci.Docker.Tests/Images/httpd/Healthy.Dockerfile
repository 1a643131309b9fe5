# The same target with a healthcheck, and the build context copied in to check what .dockerignore left out.
ARG BASE_IMAGE
FROM ${BASE_IMAGE}
COPY www /www
COPY . /www/context/
COPY start.sh /start.sh
HEALTHCHECK --interval=250ms --timeout=2s --retries=3 CMD wget -q -O /dev/null http://127.0.0.1:8080/health || exit 1
CMD ["sh", "/start.sh"]
