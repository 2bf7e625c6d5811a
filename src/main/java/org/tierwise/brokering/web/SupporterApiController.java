package org.tierwise.brokering.web;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tierwise.brokering.BrokeringNotFoundException;
import org.tierwise.brokering.Supporter;
import org.tierwise.brokering.SupporterRepository;
import org.tierwise.school.SchoolRepository;

/** The supporter register: list, read, register and edit. */
@RestController
class SupporterApiController {

    private final SupporterRepository supporters;
    private final SchoolRepository schools;
    private final SupporterViewMapper mapper;

    SupporterApiController(SupporterRepository supporters, SchoolRepository schools, SupporterViewMapper mapper) {
        this.supporters = supporters;
        this.schools = schools;
        this.mapper = mapper;
    }

    @GetMapping("/api/supporters")
    List<SupporterView> list() {
        return supporters.findAll().stream()
                .sorted(Comparator.comparing(Supporter::getId))
                .map(mapper::toView)
                .toList();
    }

    @GetMapping("/api/supporters/{id}")
    SupporterView get(@PathVariable String id) {
        return mapper.toView(find(id));
    }

    @PostMapping("/api/supporters")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    SupporterView create(@Valid @RequestBody SupporterView view) {
        if (view.id() == null || view.id().isBlank()) {
            throw new IllegalArgumentException("id is required, e.g. \"NLE05\"");
        }
        if (supporters.existsById(view.id())) {
            throw new IllegalArgumentException("supporter " + view.id() + " already exists; use PUT to change it");
        }
        Supporter supporter = new Supporter(view.id());
        return save(view, supporter);
    }

    @PutMapping("/api/supporters/{id}")
    @Transactional
    SupporterView update(@PathVariable String id, @Valid @RequestBody SupporterView view) {
        return save(view, find(id));
    }

    private SupporterView save(SupporterView view, Supporter supporter) {
        if (view.name() == null || view.name().isBlank() || view.role() == null) {
            throw new IllegalArgumentException("name and role are required");
        }
        if (view.phases() == null
                || view.phases().isEmpty()
                || view.specialisms() == null
                || view.specialisms().isEmpty()) {
            throw new IllegalArgumentException("phases and specialisms must each list at least one value");
        }
        if (view.capacityDeployments() == null && view.capacityDays() == null) {
            throw new IllegalArgumentException("a capacity is required: capacityDeployments, capacityDays or both");
        }
        if (view.homeUrn() != null && !schools.existsById(view.homeUrn())) {
            throw new IllegalArgumentException("homeUrn " + view.homeUrn() + " is not a school in the register");
        }
        mapper.update(view, supporter);
        if (supporter.getDataSource() == null) {
            supporter.setDataSource("entered through the API");
        }
        return mapper.toView(supporters.save(supporter));
    }

    private Supporter find(String id) {
        return supporters.findById(id).orElseThrow(() -> new BrokeringNotFoundException("there is no supporter " + id));
    }
}
