package org.cseprotocol.record;

/** Rejects a change that the entry's status does not allow, such as updating or closing a closed entry. */
public class RecordConflictException extends RuntimeException {

    RecordConflictException(String message) {
        super(message);
    }
}
