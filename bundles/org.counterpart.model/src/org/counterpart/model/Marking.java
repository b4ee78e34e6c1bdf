/**
 */
package org.counterpart.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Marking</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A handling marking: classification, dissemination controls and the countries the information may be released to. A marking belongs to the object it marks and has no identity of its own.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.model.Marking#getClassification <em>Classification</em>}</li>
 *   <li>{@link org.counterpart.model.Marking#getDisseminationControls <em>Dissemination Controls</em>}</li>
 *   <li>{@link org.counterpart.model.Marking#getRelTo <em>Rel To</em>}</li>
 * </ul>
 *
 * @see org.counterpart.model.CounterpartPackage#getMarking()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='wellFormed'"
 * @generated
 */
public interface Marking extends EObject {
	/**
	 * Returns the value of the '<em><b>Classification</b></em>' attribute.
	 * The literals are from the enumeration {@link org.counterpart.model.Classification}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Classification</em>' attribute.
	 * @see org.counterpart.model.Classification
	 * @see #setClassification(Classification)
	 * @see org.counterpart.model.CounterpartPackage#getMarking_Classification()
	 * @model
	 * @generated
	 */
	Classification getClassification();

	/**
	 * Sets the value of the '{@link org.counterpart.model.Marking#getClassification <em>Classification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Classification</em>' attribute.
	 * @see org.counterpart.model.Classification
	 * @see #getClassification()
	 * @generated
	 */
	void setClassification(Classification value);

	/**
	 * Returns the value of the '<em><b>Dissemination Controls</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Limited dissemination controls such as NOFORN, FEDONLY, FEDCON, NOCON, DL ONLY, DISPLAY ONLY.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dissemination Controls</em>' attribute list.
	 * @see org.counterpart.model.CounterpartPackage#getMarking_DisseminationControls()
	 * @model
	 * @generated
	 */
	EList<String> getDisseminationControls();

	/**
	 * Returns the value of the '<em><b>Rel To</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * ISO 3166-1 alpha-3 codes of the countries the information may be released to (REL TO), USA first. An empty list means that no foreign release is authorised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rel To</em>' attribute list.
	 * @see org.counterpart.model.CounterpartPackage#getMarking_RelTo()
	 * @model
	 * @generated
	 */
	EList<String> getRelTo();

} // Marking
