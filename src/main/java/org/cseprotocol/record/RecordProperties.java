package org.cseprotocol.record;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Access to the record API under {@code /api/cse-record}.
 *
 * @param readGroups Camunda groups whose members may list and view entries
 * @param writeGroups Camunda groups whose members may also add, change, close and reopen entries
 */
@ConfigurationProperties("cse.record")
@Validated
record RecordProperties(
        @DefaultValue({"mash-cse-lead", "mash-manager"}) @NotEmpty List<String> readGroups,
        @DefaultValue("mash-cse-lead") @NotEmpty List<String> writeGroups) {
}
