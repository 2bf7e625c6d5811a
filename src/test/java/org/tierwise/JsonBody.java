package org.tierwise;

import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The JSON body of a MockMvc answer, for a test that goes on with a value from it (an id, a digest). */
public final class JsonBody {

    private static final ObjectMapper JSON = new JsonMapper();

    private JsonBody() {}

    /** The answer's body as a JSON tree, after whatever the caller expected of it. */
    public static JsonNode of(ResultActions answer) throws Exception {
        return JSON.readTree(answer.andReturn().getResponse().getContentAsString());
    }
}
