/** bpmn-moddle types its model elements but not its entry point; this is what the BPMN export test uses of it. */
declare module 'bpmn-moddle' {
  export interface ModdleElement {
    $type: string;
    id?: string;
    name?: string;
    [property: string]: unknown;
  }
  export interface ParseResult {
    rootElement: ModdleElement;
    warnings: Error[];
    elementsById: Record<string, ModdleElement>;
  }
  export class BpmnModdle {
    fromXML(xml: string): Promise<ParseResult>;
  }
}
