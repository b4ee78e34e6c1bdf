/**
 */
package org.counterpart.diagram.spec;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Style</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How an edge looks.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.counterpart.diagram.spec.EdgeStyle#getLineStyle <em>Line Style</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.EdgeStyle#getRouting <em>Routing</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.EdgeStyle#getSourceDecorator <em>Source Decorator</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.EdgeStyle#getTargetDecorator <em>Target Decorator</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.EdgeStyle#getWidthExpression <em>Width Expression</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.EdgeStyle#getColor <em>Color</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.EdgeStyle#getLabelExpression <em>Label Expression</em>}</li>
 *   <li>{@link org.counterpart.diagram.spec.EdgeStyle#getLabelSize <em>Label Size</em>}</li>
 * </ul>
 *
 * @see org.counterpart.diagram.spec.SpecPackage#getEdgeStyle()
 * @model
 * @generated
 */
public interface EdgeStyle extends EObject {
	/**
	 * Returns the value of the '<em><b>Line Style</b></em>' attribute.
	 * The default value is <code>"solid"</code>.
	 * The literals are from the enumeration {@link org.counterpart.diagram.spec.LineStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Line Style</em>' attribute.
	 * @see org.counterpart.diagram.spec.LineStyle
	 * @see #setLineStyle(LineStyle)
	 * @see org.counterpart.diagram.spec.SpecPackage#getEdgeStyle_LineStyle()
	 * @model default="solid"
	 * @generated
	 */
	LineStyle getLineStyle();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.EdgeStyle#getLineStyle <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Style</em>' attribute.
	 * @see org.counterpart.diagram.spec.LineStyle
	 * @see #getLineStyle()
	 * @generated
	 */
	void setLineStyle(LineStyle value);

	/**
	 * Returns the value of the '<em><b>Routing</b></em>' attribute.
	 * The default value is <code>"straight"</code>.
	 * The literals are from the enumeration {@link org.counterpart.diagram.spec.EdgeRouting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The routing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Routing</em>' attribute.
	 * @see org.counterpart.diagram.spec.EdgeRouting
	 * @see #setRouting(EdgeRouting)
	 * @see org.counterpart.diagram.spec.SpecPackage#getEdgeStyle_Routing()
	 * @model default="straight"
	 * @generated
	 */
	EdgeRouting getRouting();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.EdgeStyle#getRouting <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Routing</em>' attribute.
	 * @see org.counterpart.diagram.spec.EdgeRouting
	 * @see #getRouting()
	 * @generated
	 */
	void setRouting(EdgeRouting value);

	/**
	 * Returns the value of the '<em><b>Source Decorator</b></em>' attribute.
	 * The default value is <code>"none"</code>.
	 * The literals are from the enumeration {@link org.counterpart.diagram.spec.EdgeDecorator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At the source end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Decorator</em>' attribute.
	 * @see org.counterpart.diagram.spec.EdgeDecorator
	 * @see #setSourceDecorator(EdgeDecorator)
	 * @see org.counterpart.diagram.spec.SpecPackage#getEdgeStyle_SourceDecorator()
	 * @model default="none"
	 * @generated
	 */
	EdgeDecorator getSourceDecorator();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.EdgeStyle#getSourceDecorator <em>Source Decorator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Decorator</em>' attribute.
	 * @see org.counterpart.diagram.spec.EdgeDecorator
	 * @see #getSourceDecorator()
	 * @generated
	 */
	void setSourceDecorator(EdgeDecorator value);

	/**
	 * Returns the value of the '<em><b>Target Decorator</b></em>' attribute.
	 * The default value is <code>"arrow"</code>.
	 * The literals are from the enumeration {@link org.counterpart.diagram.spec.EdgeDecorator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * At the target end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Decorator</em>' attribute.
	 * @see org.counterpart.diagram.spec.EdgeDecorator
	 * @see #setTargetDecorator(EdgeDecorator)
	 * @see org.counterpart.diagram.spec.SpecPackage#getEdgeStyle_TargetDecorator()
	 * @model default="arrow"
	 * @generated
	 */
	EdgeDecorator getTargetDecorator();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.EdgeStyle#getTargetDecorator <em>Target Decorator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Decorator</em>' attribute.
	 * @see org.counterpart.diagram.spec.EdgeDecorator
	 * @see #getTargetDecorator()
	 * @generated
	 */
	void setTargetDecorator(EdgeDecorator value);

	/**
	 * Returns the value of the '<em><b>Width Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The line width in pixels; 1 when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Width Expression</em>' attribute.
	 * @see #setWidthExpression(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getEdgeStyle_WidthExpression()
	 * @model dataType="org.counterpart.diagram.spec.Expression"
	 * @generated
	 */
	String getWidthExpression();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.EdgeStyle#getWidthExpression <em>Width Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width Expression</em>' attribute.
	 * @see #getWidthExpression()
	 * @generated
	 */
	void setWidthExpression(String value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * The default value is <code>"#404040"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Line colour, #rrggbb.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getEdgeStyle_Color()
	 * @model default="#404040"
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.EdgeStyle#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Label Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The edge's label; none when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Expression</em>' attribute.
	 * @see #setLabelExpression(String)
	 * @see org.counterpart.diagram.spec.SpecPackage#getEdgeStyle_LabelExpression()
	 * @model dataType="org.counterpart.diagram.spec.Expression"
	 * @generated
	 */
	String getLabelExpression();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.EdgeStyle#getLabelExpression <em>Label Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Expression</em>' attribute.
	 * @see #getLabelExpression()
	 * @generated
	 */
	void setLabelExpression(String value);

	/**
	 * Returns the value of the '<em><b>Label Size</b></em>' attribute.
	 * The default value is <code>"8"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Label font size in points.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Size</em>' attribute.
	 * @see #setLabelSize(int)
	 * @see org.counterpart.diagram.spec.SpecPackage#getEdgeStyle_LabelSize()
	 * @model default="8"
	 * @generated
	 */
	int getLabelSize();

	/**
	 * Sets the value of the '{@link org.counterpart.diagram.spec.EdgeStyle#getLabelSize <em>Label Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Size</em>' attribute.
	 * @see #getLabelSize()
	 * @generated
	 */
	void setLabelSize(int value);

} // EdgeStyle
