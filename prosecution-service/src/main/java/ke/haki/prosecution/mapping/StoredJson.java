package ke.haki.prosecution.mapping;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import ke.haki.contract.odpp.ReturnedForInvestigation.Direction;
import ke.haki.law.ChargeCount;

/** The file's lists stored as JSON columns (counts, directions, direction codes); null stays null. */
@ApplicationScoped
public class StoredJson {

    private static final TypeReference<List<ChargeCount>> COUNTS = new TypeReference<>() {};
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<Direction>> DIRECTIONS = new TypeReference<>() {};

    @Inject
    ObjectMapper mapper;

    public List<ChargeCount> counts(String json) {
        return read(json, COUNTS);
    }

    public List<String> strings(String json) {
        return read(json, STRINGS);
    }

    public List<Direction> directions(String json) {
        return read(json, DIRECTIONS);
    }

    public String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String json, TypeReference<T> type) {
        if (json == null) {
            return null;
        }
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable", e);
        }
    }
}
