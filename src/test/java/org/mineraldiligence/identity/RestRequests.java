package org.mineraldiligence.identity;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Requests to Camunda's REST API as a script or an attacker would send them, and the models they carry. */
final class RestRequests {

    /** The attack: a timer start that runs a shell command through reflection. */
    static final String RCE_MODEL = model("rce-attack", """
            <bpmn:startEvent id="start"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1S</bpmn:timeDuration>\
            </bpmn:timerEventDefinition></bpmn:startEvent>
            <bpmn:serviceTask id="run" camunda:expression="${execution.getClass().forName('java.lang.Runtime')\
            .getMethod('getRuntime').invoke(null).exec('touch /tmp/md-rce')}"/>
            <bpmn:endEvent id="end"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="run"/>
            <bpmn:sequenceFlow id="f2" sourceRef="run" targetRef="end"/>""");

    /** The same attack through a script task. */
    static final String SCRIPT_MODEL = model("script-attack", """
            <bpmn:startEvent id="start"/>
            <bpmn:scriptTask id="run" scriptFormat="javascript"><bpmn:script>1 + 1</bpmn:script></bpmn:scriptTask>
            <bpmn:endEvent id="end"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="run"/>
            <bpmn:sequenceFlow id="f2" sourceRef="run" targetRef="end"/>""");

    static final String HARMLESS_MODEL = model("harmless", """
            <bpmn:startEvent id="start"/>
            <bpmn:endEvent id="end"/>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="end"/>""");

    private RestRequests() {
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** POST /engine-rest/deployment/create with one resource, as Camunda Modeler sends it. */
    static HttpRequest.Builder deployment(String baseUrl, String fileName, String content) {
        String boundary = "----md" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + fileName
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\ntrue"
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest/deployment/create"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    private static String model(String key, String elements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://example.com/attack">
                <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                %s
                </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, elements);
    }
}
