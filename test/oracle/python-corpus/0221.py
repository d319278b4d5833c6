# oracle: seed 221, open, raises RuntimeError at line 11
import random
import torch
from torch.nn import GRU, LSTM, Linear, ModuleList, RNN

lstm_0 = LSTM(2, 4)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 2))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 2))
last_0 = Linear(6, 2)(out_0[-1])

gru_1 = GRU(5, 7)
x_1 = torch.randn(4, 3, 5)
if x_1.size(-1) == 5:
    out_1, _ = gru_1(x_1)
else:
    out_1, _ = gru_1(torch.randn(2, 2, 6))

layer_2 = GRU(input_size=3, hidden_size=5, num_layers=1, dropout=0.25)

y_3 = torch.randn(3, 2, 3)
layers_3 = ModuleList([GRU(3, 4), GRU(4, 2), GRU(2, 5)])
for layer in layers_3:
    y_3, _ = layer(y_3)
z_3 = Linear(5, 3)(y_3)

y_4 = torch.randn(3, 3, 7)
layers_4 = ModuleList([RNN(7, 3)])
for layer in layers_4:
    y_4, _ = layer(y_4)
