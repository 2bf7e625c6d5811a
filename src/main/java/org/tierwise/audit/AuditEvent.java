package org.tierwise.audit;

import java.time.OffsetDateTime;
import tools.jackson.databind.JsonNode;

/** One recorded audit event. */
public record AuditEvent(
        long id,
        OffsetDateTime at,
        String actor,
        AuditAction action,
        AuditOutcome outcome,
        String subjectKind,
        String subjectId,
        String digest,
        String ruleSetDigest,
        String summary,
        JsonNode detail) {}
