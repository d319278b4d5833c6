# oracle: seed 96, open, raises RuntimeError at line 17
import random
import torch
import torch.nn as nn

cell_0 = nn.GRUCell(input_size=6, hidden_size=6)
h_0 = torch.zeros(2, 6)
t_0 = 0
while t_0 < 2:
    h_0 = cell_0(torch.randn(2, 6), h_0)
    t_0 += 1

layer_1 = nn.LSTM(7, 6, 2, bias=False)

lstm_2 = nn.LSTM(4, 6)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 5))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 4))
last_2 = nn.Linear(6, 2)(out_2[-1])

gru_3 = nn.GRU(6, 7)
x_3 = torch.randn(4, 3, 6)
if x_3.size(-1) == 6:
    out_3, _ = gru_3(x_3)
else:
    out_3, _ = gru_3(torch.randn(2, 2, 7))
