package cn.gov.cq.jianping.rubric;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.support.IntegrationTest;
import cn.gov.cq.jianping.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class RubricCatalogTests {

	@Autowired
	RubricCatalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void bothRubricsLoadFromTheDatabaseWithTheirTranscribedCodes() {
		RubricDefinition appraisal = this.catalog.current(RubricCode.APPRAISAL);
		assertThat(appraisal.totalPoints()).isEqualByComparingTo("100");
		assertThat(appraisal.categories()).hasSize(4);
		assertThat(appraisal.items()).hasSize(22);
		assertThat(appraisal.criteria()).hasSize(62);
		assertThat(appraisal.vetoes()).hasSize(12);
		assertThat(appraisal.criterion("A-03-4")).isPresent();
		RubricDefinition level = this.catalog.current(RubricCode.LEVEL);
		assertThat(level.totalPoints()).isEqualByComparingTo("100");
		assertThat(level.categories()).hasSize(5);
		assertThat(level.items()).hasSize(26);
		assertThat(level.criteria()).hasSize(72);
		assertThat(level.vetoes()).hasSize(13);
		assertThat(level.veto("L-V13")).isPresent();
		assertThat(this.jdbc.queryForObject("select count(*) from rubric_item", Integer.class))
			.isGreaterThanOrEqualTo(48);
	}

	@Test
	void theDatabaseCopyEqualsTheShippedTranscription() {
		assertThat(this.catalog.version(RubricCode.APPRAISAL, 1)).contains(RubricJson.load(RubricCode.APPRAISAL, 1));
		assertThat(this.catalog.version(RubricCode.LEVEL, 1)).contains(RubricJson.load(RubricCode.LEVEL, 1));
	}

	@Test
	void aPublishedVersionCannotBeChangedInTheDatabase() {
		assertThatThrownBy(() -> this.jdbc.update("update rubric_item set points = 3 where code = 'A-01'"))
			.hasMessageContaining("评分标准一经发布不可修改");
		assertThatThrownBy(() -> this.jdbc.update("delete from rubric_veto where code = 'A-V01'"))
			.hasMessageContaining("评分标准一经发布不可修改");
		assertThatThrownBy(
				() -> this.jdbc.update("update rubric_version set name = '改名' where code = 'LEVEL' and version = 1"))
			.hasMessageContaining("不可修改");
		assertThat(this.catalog.version(RubricCode.APPRAISAL, 1).orElseThrow().item("A-01").orElseThrow().points())
			.isEqualByComparingTo(BigDecimal.valueOf(2));
	}

	@Test
	void rubricPagesShowCategoriesItemsCriteriaAndVetoes() throws Exception {
		this.mvc.perform(get("/rubrics/level").with(Users.as(Users.user(Role.EXPERT, null, null))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("内部管理")))
			.andExpect(content().string(containsString("L-01")))
			.andExpect(content().string(containsString("否定评判项")))
			.andExpect(content().string(containsString("L-V13")));
		this.mvc.perform(get("/rubrics").with(Users.center()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("22 个评估项目")))
			.andExpect(content().string(containsString("26 个评估项目")));
		this.mvc.perform(get("/rubrics/level")).andExpect(status().is3xxRedirection());
	}

}
