package org.cseprotocol.sipps;

import java.time.Instant;

/** The response to a SIPPS request: the case, the new worksheet task, and who requested it when. */
record SippsRequestReceipt(String referralId, String processInstanceId, String taskId, String requestedBy,
        Instant requestedAt) {

    SippsRequestReceipt withTaskId(String newTaskId) {
        return new SippsRequestReceipt(referralId, processInstanceId, newTaskId, requestedBy, requestedAt);
    }
}
