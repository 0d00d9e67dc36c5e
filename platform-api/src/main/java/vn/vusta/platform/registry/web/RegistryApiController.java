package vn.vusta.platform.registry.web;

import vn.vusta.platform.api.Text;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.refusal.RefusedException;
import vn.vusta.platform.registry.CensusEntry;
import vn.vusta.platform.registry.FoundingDecision;
import vn.vusta.platform.registry.Unit;
import vn.vusta.platform.registry.UnitDraft;
import vn.vusta.platform.registry.UnitKind;
import vn.vusta.platform.registry.UnitStatus;
import vn.vusta.platform.registry.Units;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The units (member associations, centres, linked units, collective members) of the user's union. */
@RestController
@RequestMapping("/api/v1/units")
class RegistryApiController {

    record UnitRequest(@NotBlank @Size(max = 300) String name, @Size(max = 50) String abbreviation, @NotNull UnitKind kind,
                       @Size(max = 300) String fieldOfWork, @Size(max = 100) String foundingDecisionNumber,
                       LocalDate foundingDecisionDate, @Size(max = 300) String foundingDecisionIssuer,
                       @Size(max = 200) String commune, @Schema(example = "38", description = "One of the 34 provinces' codes") @Pattern(regexp = "[0-9]{2}") String provinceCode,
                       @Size(max = 200) String leaderName, @Size(max = 50) String contactPhone,
                       @Schema(example = "vanphong@example.vn") @Email @Size(max = 200) String contactEmail, UnitStatus status, LocalDate dissolvedOn) {

        UnitDraft draft() {
            return new UnitDraft(name.strip(), Text.orNull(abbreviation), kind, Text.orNull(fieldOfWork),
                    new FoundingDecision(Text.orNull(foundingDecisionNumber), foundingDecisionDate, Text.orNull(foundingDecisionIssuer)),
                    Text.orNull(commune), Text.orNull(provinceCode), Text.orNull(leaderName), Text.orNull(contactPhone),
                    Text.orNull(contactEmail), status, dissolvedOn);
        }
    }

    record CensusRequest(@NotNull @Min(0) @Max(10_000_000) Integer memberCount) {
    }

    private final Units units;

    RegistryApiController(Units units) {
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "The units of the user's union")
    List<Unit> list() {
        return units.list();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One unit")
    Unit get(@PathVariable UUID id) {
        return units.find(id).orElseThrow(() -> RefusedException.notFound("unit", id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a unit")
    Unit create(@Valid @RequestBody UnitRequest request) {
        return units.create(request.draft());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a unit")
    Unit update(@PathVariable UUID id, @Valid @RequestBody UnitRequest request) {
        return units.update(id, request.draft()).orElseThrow(() -> RefusedException.notFound("unit", id));
    }

    @GetMapping("/{id}/census")
    @Operation(summary = "The members the unit reported, date by date, newest first")
    List<CensusEntry> census(@PathVariable UUID id) {
        get(id);
        return units.census(id);
    }

    @PutMapping("/{id}/census/{asOf}")
    @Operation(summary = "Record (or correct) the number of members the unit reports as of a date")
    CensusEntry recordCensus(@PathVariable UUID id, @PathVariable LocalDate asOf, @Valid @RequestBody CensusRequest request) {
        return units.recordCensus(id, new CensusEntry(asOf, request.memberCount()))
                .orElseThrow(() -> RefusedException.notFound("unit", id));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a unit that no member belongs to; a unit that ended is dissolved instead")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        if (!units.delete(id)) {
            throw RefusedException.notFound("unit", id);
        }
        return ResponseEntity.noContent().build();
    }
}
