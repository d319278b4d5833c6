# oracle: seed 25, open, runs cleanly
import random
import torch
from torch.nn import GRUCell, LSTM, Linear, RNN

rnn_0 = LSTM(2, 4, 1, True, False)
x_0 = torch.rand(2, 1, 2)
batch_0 = x_0.size()[1]
h0_0 = torch.zeros(1, batch_0, 4)
c0_0 = torch.zeros(1, batch_0, 4)
out_0, (hn_0, cn_0) = rnn_0(x_0, (h0_0, c0_0))

y_1 = torch.randn(1, 3, 2)
layers_1 = {
    "l0": RNN(2, 2),
}
for name in ["l0"]:
    y_1, h_1 = layers_1[name](y_1)
z_1 = Linear(2, 3)(y_1)

lstm_2 = LSTM(3, 4)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 3))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 3))
last_2 = Linear(4, 2)(out_2[-1])

rnn_3 = LSTM(4, 9, num_layers=3, batch_first=False, dropout=0.1)
x_3 = torch.ones(4, 2, 4)
batch_3 = x_3.size(1)
h0_3 = torch.zeros(3, batch_3, 9)
c0_3 = torch.zeros(3, batch_3, 9)
out_3, (hn_3, cn_3) = rnn_3(x_3, (h0_3, c0_3))
assert out_3.dim() == 3

cell_4 = GRUCell(2, 4)
xs_4 = torch.randn(2, 1, 2)
h_4 = torch.zeros(1, 4)
outputs_4 = []
for t in range(xs_4.shape[0]):
    if t == 2:
        break
    h_4 = cell_4(xs_4[t], h_4)
    outputs_4.append(h_4)
seq_4 = torch.stack(outputs_4, dim=0)
head_4 = Linear(4, 2)(h_4)
