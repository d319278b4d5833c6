// oracle: seed 315, closed, raises at 19: input.size(-1) must be equal to input_size. Expected 2, got 4
import rl from "rnnlens";

const cfg_0 = { inputSize: 4, hiddenSize: 8, numLayers: 2 };
const alias_0 = cfg_0;
alias_0.numLayers = 3;
const m_0 = new rl.nn.RNN(cfg_0);
const [o_0, h_0] = m_0.forward(rl.torch.randn(3, 1, 4), rl.torch.zeros(cfg_0.numLayers, 1, 8));

class Model_1 extends rl.nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new rl.nn.GRU(inputs, hidden, { batchFirst: true });
    this.head = new rl.nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_1_0 = new Model_1(2, 8, 3);
const logits_1_0 = model_1_0.forward(rl.torch.randn(1, 2, 4));
const model_1_1 = new Model_1(2, 3, 2);
const logits_1_1 = model_1_1.forward(rl.torch.randn(1, 3, 2));

function apply_2(m: any, x: any) {
  const [o] = m.forward(x);
  return o;
}
const { RNN: RNN_2a } = rl.nn;
const a_2 = new RNN_2a(9, 9, { dropout: 0.1 });
const b_2 = new rl.nn.GRU(4, 5, { num_layers: 1, bidirectional: false });
const oa_2 = apply_2(a_2, rl.torch.rand(3, 2, 9));
const ob_2 = apply_2(b_2, rl.torch.randn(2, 3, 4));
