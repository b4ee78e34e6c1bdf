/**
 */
package org.counterpart.diagram.spec;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Maps domain objects or references to edges between nodes of the source and target mappings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.EdgeMapping#getSourceMappings <em>Source Mappings</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.EdgeMapping#getTargetMappings <em>Target Mappings</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.EdgeMapping#getStyle <em>Style</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.EdgeMapping#getConditionalStyles <em>Conditional Styles</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getEdgeMapping()
 * @model abstract="true"
 * @generated
 */
public interface EdgeMapping extends Mapping {
	/**
	 * Returns the value of the '<em><b>Source Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.counterpart.diagram.spec.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mappings whose nodes may be the source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Mappings</em>' reference list.
	 * @see org.counterpart.diagram.spec.SpecPackage#getEdgeMapping_SourceMappings()
	 * @model required="true"
	 * @generated
	 */
	EList<AbstractNodeMapping> getSourceMappings();

	/**
	 * Returns the value of the '<em><b>Target Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.counterpart.diagram.spec.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mappings whose nodes may be the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Mappings</em>' reference list.
	 * @see org.counterpart.diagram.spec.SpecPackage#getEdgeMapping_TargetMappings()
	 * @model required="true"
	 * @generated
	 */
	EList<AbstractNodeMapping> getTargetMappings();

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The style when no conditional style applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(EdgeStyle)
	 * @see org.counterpart.diagram.spec.SpecPackage#getEdgeMapping_Style()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EdgeStyle getStyle();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.EdgeMapping#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(EdgeStyle value);

	/**
	 * Returns the value of the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.counterpart.diagram.spec.ConditionalEdgeStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Styles that replace the default one; the first whose predicate holds wins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conditional Styles</em>' containment reference list.
	 * @see org.counterpart.diagram.spec.SpecPackage#getEdgeMapping_ConditionalStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionalEdgeStyle> getConditionalStyles();

} // EdgeMapping
