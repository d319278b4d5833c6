// oracle: seed 95, closed, runs cleanly
const { torch, nn } = require("rnnlens");

const layers_0 = [new nn.GRU(8, 3), new nn.GRU(3, 8)];
let y_0 = torch.randn(5, 1, 8);
layers_0.forEach((layer) => {
  [y_0] = layer.forward(y_0);
});
const z_0 = new nn.Linear(8, 3).forward(y_0);

const { GRU: GRU_1 } = nn;
const m_1 = new GRU_1(4, 7, { num_layers: 3, batchFirst: false, bidirectional: true });
const x_1 = torch.ones([5, 3, 4]);
const [out_1, st_1] = m_1.forward(x_1, torch.rand(6, 3, 7));

class Model_2 extends nn.Module {
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
const model_2_0 = new Model_2(3, 5, 2);
const logits_2_0 = model_2_0.forward(torch.randn(1, 2, 3));
const model_2_1 = new Model_2(8, 2, 3);
const logits_2_1 = model_2_1.forward(torch.randn(1, 3, 8));
