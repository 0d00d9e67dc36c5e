package vn.vusta.platform.personaldata.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.vusta.platform.api.Text;
import vn.vusta.platform.personaldata.DataSubjectRequest;
import vn.vusta.platform.personaldata.DataSubjectRequests;
import vn.vusta.platform.personaldata.RequestAnswer;
import vn.vusta.platform.personaldata.RequestDraft;
import vn.vusta.platform.personaldata.RequestKind;
import vn.vusta.platform.personaldata.RequestOutcome;
import vn.vusta.platform.refusal.RefusedException;

/** The register of the data subjects' requests, for the union's administrators. */
@RestController
class DataSubjectRequestsApiController {

    private final DataSubjectRequests requests;

    DataSubjectRequestsApiController(DataSubjectRequests requests) {
        this.requests = requests;
    }

    record ReceivedRequest(UUID memberId, RequestKind kind, LocalDate receivedOn, String details) {
    }

    record Answer(LocalDate answeredOn, RequestOutcome outcome, String answer) {
    }

    @GetMapping("/api/v1/personal-data/requests")
    @Operation(summary = "The register of data subjects' requests: open ones first, by their last day (Law 91/2025/QH15, Art. 4)")
    List<DataSubjectRequest> list() {
        return requests.list();
    }

    @GetMapping("/api/v1/personal-data/requests/{id}")
    @Operation(summary = "One request, with its last day and its answer")
    DataSubjectRequest get(@PathVariable UUID id) {
        return requests.find(id).orElseThrow(() -> RefusedException.notFound("data-subject-request", id));
    }

    @PostMapping("/api/v1/personal-data/requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register a request on arrival; its last day follows from its kind and the day it came")
    DataSubjectRequest receive(@RequestBody ReceivedRequest request) {
        return requests.receive(new RequestDraft(request.memberId(), request.kind(), request.receivedOn(),
                Text.orNull(request.details())));
    }

    @PostMapping("/api/v1/personal-data/requests/{id}/answer")
    @Operation(summary = "Record the answer: done, or refused with the reason")
    DataSubjectRequest answer(@PathVariable UUID id, @RequestBody Answer answer) {
        return requests.answer(id, new RequestAnswer(answer.answeredOn(), answer.outcome(), Text.orNull(answer.answer())))
                .orElseThrow(() -> RefusedException.notFound("data-subject-request", id));
    }
}
