package cn.gov.cq.jianping.document;

import java.time.LocalDate;
import java.util.List;

/**
 * A 公文 to be laid out after GB/T 9704-2012: who issues it, its 发文字号, title, 主送, 正文
 * paragraphs, an optional table, the 署名 and the 成文日期.
 *
 * @param kind which document it is; a decision also states the remedies against it
 * @param issuer 发文机关, printed red in the 版头 and again as 署名
 * @param documentNumber 发文字号 such as 渝人社评决〔2026〕3号, or {@code null} when none was given
 * @param title the title; a line break marks where a long title should turn
 * @param addressee 主送, without the colon; {@code null} for a public announcement
 * @param paragraphs 正文, one string a paragraph
 * @param table a table after the 正文, or {@code null}
 * @param date 成文日期
 */
public record OfficialDocument(Kind kind, String issuer, String documentNumber, String title, String addressee,
		List<String> paragraphs, Table table, LocalDate date) {

	/** The bureau, which issues every document of this system. */
	public static final String BUREAU = "重庆市人力资源和社会保障局";

	public OfficialDocument {
		if (kind == null || issuer == null || issuer.isBlank() || title == null || title.isBlank() || date == null) {
			throw new IllegalArgumentException("公文须有种类、发文机关、标题和成文日期");
		}
		paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
	}

	/** The kinds of document the system issues. */
	public enum Kind {

		/** 处理决定书: open to 行政复议 and 行政诉讼. */
		DECISION,

		/** 告知书, e.g. the answer to an objection. */
		REPLY_LETTER,

		/** 整改通知书. */
		RECTIFICATION_NOTICE,

		/** 公告 to the public. */
		ANNOUNCEMENT

	}

	/** A plain table: a header row and text cells. */
	public record Table(List<String> headers, List<List<String>> rows) {

		public Table {
			headers = List.copyOf(headers);
			rows = rows.stream().map(row -> row.stream().map(v -> v == null ? "" : v).toList()).toList();
		}

	}

}
