# oracle: seed 206, open, raises ValueError at line 31
import random
import torch
from torch.nn import GRU, LSTM, Linear, ModuleList, RNN

y_0 = torch.randn(4, 3, 3)
layers_0 = ModuleList([RNN(3, 5), RNN(5, 7), RNN(7, 4)])
for layer in layers_0:
    y_0, _ = layer(y_0)

rnn_1 = GRU(6, 2, 1, True, False, bidirectional=True)
x_1 = torch.ones(4, 3, 6)
hidden_1 = torch.randn((2, 3, 2))
out_1, h_1 = rnn_1(x_1, hidden_1)
n_1 = out_1.size(2) * out_1.dim()

lstm_2 = LSTM(7, 8)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 7))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 7))
last_2 = Linear(8, 2)(out_2[-1])

lstm_3 = LSTM(3, 2, 2)
out_3, (h_3, c_3) = lstm_3(torch.randn(3, 3, 3))
r_3_0 = out_3.size(0)
r_3_1 = torch.split(out_3, 2, dim=2)[0]
r_3_2 = h_3[-2:]
r_3_3 = out_3.size(0)

layer_4 = RNN(7, 6, nonlinearity='sigmoid')
y_4, _ = layer_4(torch.randn(3, 2, 7))
