package vn.vusta.platform.governance;

import java.time.LocalDate;

/**
 * The decision or meeting that made a change: "Số 32/NQ-LHH, ngày 27/12/2022, Hội nghị Ban Chấp hành tổng kết công tác
 * năm 2022". A meeting has no number; the date may be left out when it is the day the change took effect.
 */
public record Decision(String number, LocalDate date, String text) {
}
