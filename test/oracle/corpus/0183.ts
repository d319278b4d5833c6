// oracle: seed 183, closed, runs cleanly
import { torch, nn } from "rnnlens";

function apply_0(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { GRU: GRU_0a } = nn;
const a_0 = new GRU_0a(9, 5, { numLayers: 3, bidirectional: true });
const b_0 = new nn.GRU(9, 9, 1);
const oa_0 = apply_0(a_0, torch.zeros(3, 2, 9));
const ob_0 = apply_0(b_0, torch.randn([2, 3, 9]));

class Model_1 extends nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(2, 6, 4);
const logits_1_0 = model_1_0.forward(torch.randn(1, 4, 2));
const model_1_1 = new Model_1(6, 6, 2);
const logits_1_1 = model_1_1.forward(torch.randn(3, 1, 6));
