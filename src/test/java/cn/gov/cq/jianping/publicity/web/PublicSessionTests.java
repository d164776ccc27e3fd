package cn.gov.cq.jianping.publicity.web;

import org.junit.jupiter.api.Test;

import cn.gov.cq.jianping.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reading a public page must not give the visitor a session: under public load every
 * session is memory held for 30 minutes.
 */
@IntegrationTest
class PublicSessionTests {

	@Autowired
	MockMvc mvc;

	@Test
	void publicReadOnlyPagesCreateNoSession() throws Exception {
		for (String path : new String[] { "/public/institutions", "/public/publicity", "/public/announcements", "/" }) {
			var request = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getRequest();
			assertThat(request.getSession(false)).as(path).isNull();
		}
	}

}
