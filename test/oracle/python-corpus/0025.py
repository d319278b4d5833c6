# oracle: seed 25, open, runs cleanly
import random
import torch
from torch.nn import LSTM, Linear, RNN

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
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 4))
last_2 = Linear(4, 2)(out_2[-1])
