package org.mineraldiligence.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * A refused, missing or failed page of ours is answered in the application's layout, with the menu and a way
 * back, instead of Tomcat's bare "HTTP Status 403" page. The REST API and the Camunda webapps are machines'
 * business (Tasklist's scripts, REST clients): they keep a JSON answer even when a browser asks for HTML.
 * The page names the status only, never the exception or its message.
 */
@Component
class OurErrorPages implements ErrorViewResolver {

    private static final String[] MACHINE_PATHS = {"/engine-rest/", "/camunda/", "/api/"};

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString().substring(request.getContextPath().length());
        for (String machinePath : MACHINE_PATHS) {
            if (path.startsWith(machinePath)) {
                ModelAndView json = new ModelAndView(new MappingJackson2JsonView(), model);
                json.setStatus(status);
                return json;
            }
        }
        ModelAndView page = new ModelAndView("error/page", status);
        page.addObject("status", status.value());
        page.addObject("kind", switch (status) {
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not-found";
            default -> status.is4xxClientError() ? "refused" : "failed";
        });
        return page;
    }
}
