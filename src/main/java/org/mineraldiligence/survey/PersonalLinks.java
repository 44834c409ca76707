package org.mineraldiligence.survey;

/**
 * Issues a supplier's personal link to its survey, to be put into an e-mail. The portal, above surveys,
 * implements this.
 */
public interface PersonalLinks {

    String mint(SupplierSurvey survey);
}
