package cn.gov.cq.jianping.publicity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.publicity.model.Masks;
import cn.gov.cq.jianping.shared.Districts;
import cn.gov.cq.jianping.shared.TimeConfiguration;
import cn.gov.cq.jianping.shared.web.list.ListPage;
import cn.gov.cq.jianping.shared.web.list.ListSql;
import cn.gov.cq.jianping.shared.web.list.PageQuery;
import cn.gov.cq.jianping.shared.web.list.ScopedDistricts;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bureau's list of 评估异议 with the list pattern: query text over receipt number,
 * institution and content, counts per status (待复核 first), filters by round year and the
 * institution's district, sorting, paging, and the same rows unpaged for export and
 * print. The objector's name and phone are masked as on every list; the full data is
 * opened only on the entry's page, where each view is recorded.
 */
@Service
public class ObjectionListing {

	/** The sortable columns and their SQL; nothing else reaches {@code order by}. */
	static final Map<String, String> SORTABLE = Map.of("id", "o.id", "submitted", "o.submitted_at", "institution",
			"e.institution_name", "status", "o.status", "receipt", "o.receipt_number");

	public static final List<String> EXPORT_HEADER = List.of("回执号", "被异议机构", "备案机关", "年度", "异议人", "联系电话", "异议内容",
			"提交时间", "公示期至", "状态");

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(TimeConfiguration.ZONE);

	private static final String SELECT = "select o.id, o.entry_id, o.receipt_number, o.objector_kind, o.objector_name,"
			+ " o.organisation, o.phone_enc, o.personal_data_erased_at, o.content, o.submitted_at, o.status,"
			+ " e.institution_name, e.district_code, e.round_year, p.end_date";

	private static final String FROM = "from objection o join publicity_entry e on e.id = o.entry_id"
			+ " join publicity p on p.id = e.publicity_id";

	private final NamedParameterJdbcTemplate jdbc;

	private final ObjectionViews views;

	ObjectionListing(JdbcTemplate jdbc, ObjectionViews views) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
		this.views = views;
	}

	/** A row of the list and of its export, personal data masked. */
	public record Row(long id, long entryId, String receiptNumber, String institutionName, String district,
			int roundYear, String objector, String phone, String content, Instant submittedAt, LocalDate lastDay,
			String status, boolean decided) {

		public List<Object> cells() {
			return List.of(this.receiptNumber, this.institutionName, this.district, this.roundYear, this.objector,
					this.phone, this.content, MINUTES.format(this.submittedAt), this.lastDay.toString(), this.status);
		}

	}

	/** The statuses, by code, in display order. */
	public static Map<String, String> statuses() {
		return ListPage.labels(Objection.Status.values(), Objection.Status::label);
	}

	/**
	 * Reads the list's query from request parameters (oldest first, so the longest
	 * waiting is on top); a first visit with no parameters shows the pending ones.
	 */
	public static PageQuery query(Map<String, String> params) {
		Map<String, String> asked = params.isEmpty() ? Map.of("status", Objection.Status.SUBMITTED.name()) : params;
		return PageQuery.of(asked, List.of("status", "year", "district"), List.copyOf(SORTABLE.keySet()), "id", false);
	}

	@Transactional(readOnly = true)
	public ListPage<Row> page(CurrentUser user, PageQuery query, String path, int currentYear) {
		requireBureau(user);
		List<ListPage.Filter> filters = List.of(ListPage.Filter.years("year", "评估年度", currentYear, 2021),
				ScopedDistricts.filter("备案机关", null));
		return sql(query).page(this.jdbc, query, path, filters, this::row);
	}

	/** Every filtered row (up to {@link ListSql#MAX_ROWS}), masked. */
	@Transactional(readOnly = true)
	public List<Row> all(CurrentUser user, PageQuery query) {
		requireBureau(user);
		return sql(query).all(this.jdbc, query, this::row);
	}

	private static ListSql sql(PageQuery query) {
		ListSql sql = ListSql.of(SELECT, FROM, SORTABLE, "o.id")
			.district(query, null, "e.district_code")
			.countedBy("o.status", "status", statuses());
		if (query.text() != null) {
			sql.and("o.receipt_number ilike :text or e.institution_name ilike :text or o.content ilike :text", "text",
					query.likePattern());
		}
		Long year = query.longFilter("year");
		if (year != null && year >= 2021 && year <= 9999) {
			sql.and("e.round_year = :year", "year", year.intValue());
		}
		return sql;
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		boolean erased = rs.getTimestamp("personal_data_erased_at") != null;
		String name = rs.getString("objector_name");
		String organisation = rs.getString("organisation");
		String kind = Objection.ObjectorKind.valueOf(rs.getString("objector_kind")).label();
		String who = (name != null ? Masks.name(name) : organisation == null ? "" : organisation) + "（" + kind + "）";
		String phone = "";
		if (!erased && rs.getString("phone_enc") != null) {
			phone = this.views.cipher()
				.tryDecrypt(rs.getString("phone_enc"))
				.map(Masks::phone)
				.orElse(ObjectionViews.UNREADABLE);
		}
		Objection.Status status = Objection.Status.valueOf(rs.getString("status"));
		String code = rs.getString("district_code");
		return new Row(rs.getLong("id"), rs.getLong("entry_id"), rs.getString("receipt_number"),
				rs.getString("institution_name"), code == null ? "市级" : Districts.all().nameOf(code),
				rs.getInt("round_year"), erased ? "（个人信息已删除）" : who, phone, rs.getString("content"),
				rs.getTimestamp("submitted_at").toInstant(), rs.getDate("end_date").toLocalDate(), status.label(),
				status != Objection.Status.SUBMITTED);
	}

	private static void requireBureau(CurrentUser user) {
		if (!user.hasRole(Role.BUREAU)) {
			throw new AccessDeniedException("只有市人力社保局可以处理异议");
		}
	}

}
