package vn.vusta.platform.api;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
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
import vn.vusta.platform.nationalreview.ProvinceClusters;

import java.util.List;

/** The national union's clusters of provinces (cụm hoạt động), which the national review groups provinces by. */
@RestController
@RequestMapping("/api/v1/national/clusters")
class ProvinceClusterController {

    /** provinceCodes: the current provinces' codes; a province in another cluster moves to this one. */
    record ClusterRequest(@NotBlank @Size(max = 200) String name, Integer position,
                          @NotNull List<@NotBlank String> provinceCodes) {

        ProvinceClusters.ClusterDraft draft() {
            return new ProvinceClusters.ClusterDraft(name, position, provinceCodes);
        }
    }

    private final ProvinceClusters clusters;

    ProvinceClusterController(ProvinceClusters clusters) {
        this.clusters = clusters;
    }

    @GetMapping
    @Operation(summary = "The clusters in order, each with its provinces")
    List<ProvinceClusters.Cluster> list() {
        return clusters.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a cluster")
    ProvinceClusters.Cluster create(@Valid @RequestBody ClusterRequest request) {
        return clusters.create(request.draft());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Rename a cluster and set its provinces")
    ProvinceClusters.Cluster change(@PathVariable short id, @Valid @RequestBody ClusterRequest request) {
        return clusters.change(id, request.draft()).orElseThrow(() -> RefusedException.notFound("province-cluster", id));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a cluster; its provinces are then in none")
    void remove(@PathVariable short id) {
        if (!clusters.remove(id)) {
            throw RefusedException.notFound("province-cluster", id);
        }
    }
}
