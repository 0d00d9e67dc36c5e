package vn.vusta.platform.personaldata.web;

import java.io.Serializable;
import java.time.LocalDate;
import vn.vusta.platform.api.Text;
import vn.vusta.platform.personaldata.RequestAnswer;
import vn.vusta.platform.personaldata.RequestOutcome;

/** The form that records how a request was answered. */
public class AnswerForm implements Serializable {

    private LocalDate answeredOn;
    private RequestOutcome outcome;
    private String answer;

    RequestAnswer answer() {
        return new RequestAnswer(answeredOn, outcome, Text.orNull(answer));
    }

    public LocalDate getAnsweredOn() { return answeredOn; }
    public void setAnsweredOn(LocalDate answeredOn) { this.answeredOn = answeredOn; }
    public RequestOutcome getOutcome() { return outcome; }
    public void setOutcome(RequestOutcome outcome) { this.outcome = outcome; }
    public String getAnswer() { return answer; }
    public void setAnswer(String answer) { this.answer = answer; }
}
