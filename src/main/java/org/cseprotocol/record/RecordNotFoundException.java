package org.cseprotocol.record;

/** Signals that no entry of the central CSE record has the id. */
public class RecordNotFoundException extends RuntimeException {

    RecordNotFoundException(long id) {
        super("No entry with id " + id + " on the central CSE record");
    }
}
