package org.cseprotocol.rest;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.spin.json.SpinJsonNode;

/**
 * The object mapper of the REST API under {@code /engine-rest}: Camunda's own settings, plus Spin JSON nodes written
 * as their JSON text.
 *
 * <p>Without this, a {@code Json} variable read with the default {@code deserializeValues=true} comes back as a dump
 * of the Spin node's Java properties ({@code nodeType}, {@code array}, ...) instead of the list or object it holds.
 * With it, the value is the same JSON text that {@code deserializeValues=false} returns and that a client sends when
 * it sets a {@code Json} variable. The priority puts it before Camunda's {@link JacksonConfigurator}.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
@Priority(1)
class SpinJsonObjectMapperResolver implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper = JacksonConfigurator.configureObjectMapper(new ObjectMapper())
            .registerModule(new SimpleModule("spin-json-as-text").addSerializer(new SpinJsonNodeSerializer()));

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    static class SpinJsonNodeSerializer extends StdSerializer<SpinJsonNode> {

        SpinJsonNodeSerializer() {
            super(SpinJsonNode.class);
        }

        @Override
        public void serialize(SpinJsonNode node, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeString(node.toString());
        }
    }
}
