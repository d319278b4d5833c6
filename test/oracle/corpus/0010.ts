// oracle: seed 10, closed, raises at 14: input.size(-1) must be equal to input_size. Expected 7, got 5
import * as rl from "rnnlens";
const { torch, nn } = rl;

class Model_0 extends nn.Module {
  rnn;
  head;
  constructor(inputs: number, hidden: number, classes: number) {
    super();
    this.rnn = new nn.LSTM(inputs, hidden, { batchFirst: true });
    this.head = new nn.Linear(hidden, classes);
  }
  forward(x: any) {
    const [out] = this.rnn.forward(x);
    return this.head.forward(out.select(1, -1));
  }
}
const model_0_0 = new Model_0(5, 3, 2);
const logits_0_0 = model_0_0.forward(torch.randn(1, 4, 5));
const model_0_1 = new Model_0(5, 2, 3);
const logits_0_1 = model_0_1.forward(torch.randn(2, 2, 5));
model_0_0.rnn = new nn.LSTM(7, 8, { batchFirst: true });
model_0_0.forward(torch.randn(2, 2, 5));

const cfg_1 = { inputSize: 5, hiddenSize: 7, numLayers: 2 };
Object.assign(cfg_1, { numLayers: 2 });
const m_1 = new nn.RNN(cfg_1.inputSize, cfg_1.hiddenSize, cfg_1.numLayers);
const [o_1, h_1] = m_1.forward(torch.randn(3, 2, 5), torch.zeros(cfg_1.numLayers, 2, 7));

const m_2 = new nn.RNN(3, 3, { batch_first: true, bidirectional: false });
const shape_2_1343 = [2, 3, 3];
const x_2 = torch.rand(...shape_2_1343);
const [out_2, st_2] = m_2.forward(x_2);
