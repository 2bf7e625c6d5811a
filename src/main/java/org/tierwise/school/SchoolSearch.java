package org.tierwise.school;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** A search of the register: by local authority, phase, and a name, URN or postcode. */
public record SchoolSearch(Integer la, Phase phase, String q) {

    Specification<School> specification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (la != null) {
                where.add(cb.equal(root.get("laCode"), la));
            }
            if (phase != null) {
                where.add(cb.equal(root.get("phase"), phase));
            }
            if (q != null && !q.isBlank()) {
                String text = q.trim().toUpperCase(Locale.ROOT);
                String compact = text.replace(" ", "");
                List<Predicate> any = new ArrayList<>();
                any.add(cb.like(cb.upper(root.get("name")), "%" + text + "%"));
                any.add(cb.like(
                        cb.function(
                                "replace",
                                String.class,
                                cb.upper(root.get("postcode")),
                                cb.literal(" "),
                                cb.literal("")),
                        "%" + compact + "%"));
                if (compact.matches("\\d{1,9}")) {
                    any.add(cb.equal(root.get("urn"), Integer.parseInt(compact)));
                }
                where.add(cb.or(any.toArray(Predicate[]::new)));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
