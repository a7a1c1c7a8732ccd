/**
 * The firm as the engine sees it: province, SBI code, age, figures and partner or linked
 * enterprises, and its size class under the EU SME definition (Recommendation 2003/361).
 */
package nl.maakmatch.matching.firm;
