package org.spoofguard.persistence;

import org.apache.james.webadmin.Routes;
import org.apache.james.webadmin.utils.ErrorResponder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import spark.Service;

/**
 * {@code POST /vacation/{user}} with the JSON body {@code null} (a script that serialised a missing object) answers
 * James's own 400 "JSON payload of the request is not valid", as every other malformed body does: James 3.8.1's
 * VacationRoutes parses it into a null DTO and dereferences it, a 500 "unexpected internal error" that sends the
 * admin looking for a server fault. Only a filter, on James's route's own path: Guice's route set cannot have
 * James's VacationRoutes replaced, and everything else about the request is left to it.
 */
public class VacationJsonNullRoutes implements Routes {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String getBasePath() {
        return "/vacation";
    }

    @Override
    public void define(Service service) {
        service.before(getBasePath() + "/:user", (request, response) -> {
            if (request.requestMethod().equals("POST") && isJsonNull(request.body())) {
                throw ErrorResponder.builder()
                    .statusCode(400)
                    .type(ErrorResponder.ErrorType.INVALID_ARGUMENT)
                    .message("JSON payload of the request is not valid")
                    .haltError();
            }
        });
    }

    static boolean isJsonNull(String body) {
        try {
            JsonNode node = body == null ? null : JSON.readTree(body);
            return node != null && node.isNull();
        } catch (JsonProcessingException e) {
            // malformed: James's route answers it with 400 itself
            return false;
        }
    }
}
