package cn.gov.cq.jianping.publicity;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.cq.jianping.publicity.model.DayKind;
import cn.gov.cq.jianping.publicity.model.PublicityPeriod;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 第十二条: 10 natural days need no reason; any other length of a new publicity does, and the
 * reason is kept to be shown on the notice.
 */
class PublicityTermsTest {

	private final PublicityTerms terms = new PublicityTerms(null, null);

	private static PublicityPeriod period(int days, DayKind kind) {
		return new PublicityPeriod(LocalDate.of(2026, 3, 2), days, kind);
	}

	@Test
	void tenNaturalDaysNeedNoReason() {
		assertThat(this.terms.lengthReason(period(10, DayKind.NATURAL), null, false)).isNull();
		assertThat(this.terms.lengthReason(period(10, DayKind.NATURAL), "无需理由", false)).isNull();
	}

	@Test
	void anotherLengthWithoutAReasonIsRefusedOnItsField() {
		assertThatThrownBy(() -> this.terms.lengthReason(period(7, DayKind.NATURAL), " ", false))
			.isInstanceOfSatisfying(PublicityRejectedException.class,
					ex -> assertThat(ex.field()).isEqualTo("lengthReason"))
			.hasMessageContaining("第十二条");
		assertThatThrownBy(() -> this.terms.lengthReason(period(10, DayKind.WORKING), null, false))
			.isInstanceOf(PublicityRejectedException.class);
	}

	@Test
	void anotherLengthWithAReasonKeepsTheReason() {
		assertThat(this.terms.lengthReason(period(15, DayKind.NATURAL), "  跨春节假期，延长至15天  ", false))
			.isEqualTo("跨春节假期，延长至15天");
		assertThatThrownBy(() -> this.terms.lengthReason(period(15, DayKind.NATURAL), "长".repeat(501), false))
			.isInstanceOf(PublicityRejectedException.class);
	}

	@Test
	void theNoticeGivesTheLengthAndTheReasonOnlyForAnotherLength() {
		Instant now = Instant.parse("2026-03-01T01:00:00Z");
		assertThat(new Publicity(1, "公示", period(10, DayKind.NATURAL), "bureau", now).lengthNote())
			.isEqualTo("10 个自然日");
		assertThat(new Publicity(1, "公示", period(15, DayKind.NATURAL), "跨春节假期，延长至15天", "bureau", now).lengthNote())
			.isEqualTo("15 个自然日（理由：跨春节假期，延长至15天）");
		assertThat(new Publicity(1, "公示", period(10, DayKind.WORKING), "跨节假日", "bureau", now).lengthNote())
			.isEqualTo("10 个工作日（理由：跨节假日）");
	}

	@Test
	void aPastPaperPublicityIsRecordedAsSuch() {
		assertThat(this.terms.lengthReason(period(7, DayKind.NATURAL), null, true)).isEqualTo("往期纸质公示登记");
	}

}
