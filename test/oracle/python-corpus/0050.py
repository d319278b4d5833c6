# oracle: seed 50, open, runs cleanly
import random
import torch
from torch.nn import GRU, GRUCell, LSTM, Linear, ModuleList, RNN

gru_0 = GRU(2, 2)
x_0 = torch.randn(4, 3, 2)
cell_0 = GRUCell(2, 2)
if x_0.dim() == 3:
    out_0, _ = gru_0(x_0)
else:
    out_0 = cell_0(x_0)

y_1 = torch.randn(3, 1, 3)
layers_1 = ModuleList([RNN(3, 3), RNN(3, 2), RNN(2, 3)])
for layer in layers_1:
    y_1, _ = layer(y_1)

lstm_2 = LSTM(8, 8)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 8))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 8))
last_2 = Linear(8, 2)(out_2[-1])
