package org.counterpart.diagram.ui.internal.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.counterpart.diagram.spec.CreateEdgeTool;
import org.counterpart.diagram.spec.CreateNodeTool;
import org.counterpart.diagram.spec.Tool;
import org.counterpart.diagram.ui.internal.Messages;
import org.counterpart.diagram.ui.internal.viewer.DiagramViewer;
import org.counterpart.diagram.ui.internal.viewer.ViewerTool;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/**
 * The palette beside the canvas: Select, then the spec's creation tools of the layers shown, each a toggle button with
 * the icon of what it creates. Tab reaches it and Space chooses; choosing a tool gives it the viewer's mouse, and the
 * palette shows Select again when the viewer goes back to selecting (after a creation, or Escape).
 */
public final class ToolPalette {
	private final Composite control;
	private final DiagramViewer viewer;
	private final DiagramTools tools;
	private final Function<Tool, Image> icons;
	private final Button select;
	private final List<Button> toolButtons = new ArrayList<>();
	private List<Tool> shown = List.of();

	public ToolPalette(Composite parent, DiagramViewer viewer, DiagramTools tools, Function<Tool, Image> icons) {
		this.viewer = viewer;
		this.tools = tools;
		this.icons = icons;
		control = new Composite(parent, SWT.NONE);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 4;
		layout.marginHeight = 4;
		layout.verticalSpacing = 2;
		control.setLayout(layout);
		Label title = new Label(control, SWT.NONE);
		title.setText(Messages.Palette_title);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		select = button(Messages.Palette_select, Messages.Palette_selectTooltip, null);
		select.setSelection(true);
		select.addListener(SWT.Selection, event -> choose(null, select));
		update();
	}

	public Control getControl() {
		return control;
	}

	/** Shows the tools of the layers shown now (after a layer was switched on or off). */
	public void update() {
		List<Tool> current = tools.paletteTools();
		if (current.equals(shown)) {
			return;
		}
		toolButtons.forEach(Button::dispose);
		toolButtons.clear();
		shown = current;
		for (Tool tool : current) {
			String name = DiagramTools.label(tool);
			String tip = NLS.bind(tool instanceof CreateEdgeTool ? Messages.Palette_edgeTooltip : Messages.Palette_nodeTooltip, name);
			Button button = button(name, tip, icons.apply(tool));
			button.setData(tool);
			button.addListener(SWT.Selection, event -> choose(tool, button));
			toolButtons.add(button);
		}
		control.layout(true, true);
		control.requestLayout(); // the editor's row sizes the palette again
	}

	private Button button(String text, String tooltip, Image image) {
		Button button = new Button(control, SWT.TOGGLE | SWT.LEFT);
		button.setText(text);
		button.setToolTipText(tooltip);
		if (image != null) {
			button.setImage(image);
		}
		button.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return button;
	}

	/** Chooses {@code tool} (null: Select), as a click on its button does. */
	public void choose(Tool tool) {
		Button button = tool == null ? select : toolButtons.stream().filter(b -> b.getData() == tool).findFirst().orElseThrow();
		choose(tool, button);
	}

	private void choose(Tool tool, Button pressed) {
		ViewerTool viewerTool = switch (tool) {
			case null -> null;
			case CreateNodeTool node -> new NodeCreationTool(node, tools, this::showSelect);
			case CreateEdgeTool edge -> new EdgeCreationTool(edge, tools, this::showSelect);
			default -> null;
		};
		viewer.setTool(viewerTool);
		showPressed(pressed);
		viewer.getControl().setFocus();
	}

	/** After a creation tool let go of the mouse: Select is pressed again unless another tool took over. */
	private void showSelect() {
		control.getDisplay().asyncExec(() -> {
			if (!control.isDisposed() && getChosen() == null) {
				showPressed(select);
			}
		});
	}

	private void showPressed(Button pressed) {
		select.setSelection(select == pressed);
		toolButtons.forEach(button -> button.setSelection(button == pressed));
	}

	/** The tools the palette offers, in order (for tests). */
	public List<Tool> getTools() {
		return List.copyOf(shown);
	}

	/** The button of {@code tool} (null: Select), for tests that click it. */
	public Button button(Tool tool) {
		return tool == null ? select : toolButtons.stream().filter(b -> b.getData() == tool).findFirst().orElse(null);
	}

	/** The tool chosen now, or null while selecting. */
	public Tool getChosen() {
		return switch (viewer.getTool()) {
			case NodeCreationTool node -> node.tool();
			case EdgeCreationTool edge -> edge.tool();
			default -> null;
		};
	}
}
