/**
 * Documents laid out as Decree 30/2020/NĐ-CP requires (issuing body, number, place and date, summary line, signature
 * block), written as .docx from document blocks.
 */
@ApplicationModule(displayName = "Administrative documents (văn bản hành chính)")
package vn.vusta.platform.documents;

import org.springframework.modulith.ApplicationModule;
