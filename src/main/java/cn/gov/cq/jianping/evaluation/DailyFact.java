package cn.gov.cq.jianping.evaluation;

/**
 * A fact of an institution's daily management that the annexes score, with where it comes
 * from: it prefills the matching criterion or suggests the matching veto on the sheets.
 *
 * @param kind what the fact is
 * @param count how many records it rests on
 * @param source the records, as the sheet shows them (e.g.
 * “投诉举报登记：2026-05-01、2026-08-03”)
 */
public record DailyFact(Kind kind, int count, String source) {

	/** The facts the rubrics know. */
	public enum Kind {

		/** 质量投诉: verified complaints in the year before the reference date. */
		VERIFIED_COMPLAINTS,
		/** Veto ⑥: two or more verified complaints within six months. */
		COMPLAINTS_WITHIN_SIX_MONTHS,
		/** Veto ⑤: a rectification order not completed on time. */
		LATE_RECTIFICATION

	}

}
