package cn.gov.cq.jianping.institution;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * All-or-nothing import of a filled template: every problem of every row is reported, and
 * a single one means nothing is saved.
 */
@Service
public class InstitutionImport {

	private final InstitutionRegistry registry;

	InstitutionImport(InstitutionRegistry registry) {
		this.registry = registry;
	}

	/** The outcome shown to the user: how many were imported, or why none were. */
	public record Report(int imported, List<String> problems) {

		public boolean succeeded() {
			return this.problems.isEmpty();
		}

	}

	@Transactional
	public Report importWorkbook(CurrentUser user, InputStream workbook) {
		InstitutionWorkbook.ImportResult result = InstitutionWorkbook.read(workbook);
		List<ImportProblem> problems = new ArrayList<>(result.problems());
		List<InstitutionForm> forms = new ArrayList<>();
		for (InstitutionWorkbook.ImportRow row : result.rows()) {
			InstitutionForm form = row.form();
			if (user.hasRole(Role.DISTRICT) && form.authority() != null
					&& !user.districtCode().equals(form.authority())) {
				problems.add(new ImportProblem(row.row(), WorkbookColumn.AUTHORITY.header, "区县只能导入本区县备案的机构"));
			}
			InstitutionChecks.Outcome outcome = InstitutionChecks.check(form);
			if (outcome.ok()) {
				for (InstitutionChecks.Problem duplicate : this.registry.duplicatesOf(outcome.details())) {
					problems.add(new ImportProblem(row.row(), WorkbookColumn.headerOf(duplicate.field()),
							duplicate.message()));
				}
			}
			forms.add(form);
		}
		if (!problems.isEmpty()) {
			return new Report(0, distinct(problems));
		}
		return new Report(this.registry.createAll(user, forms), List.of());
	}

	private static List<String> distinct(List<ImportProblem> problems) {
		Set<String> seen = new HashSet<>();
		List<String> messages = new ArrayList<>();
		problems.stream()
			.sorted((a, b) -> Integer.compare(a.row(), b.row()))
			.map(ImportProblem::describe)
			.filter(seen::add)
			.forEach(messages::add);
		return messages;
	}

}
