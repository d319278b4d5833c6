# oracle: seed 219, closed, runs cleanly
import torch

cell_0 = torch.nn.RNNCell(input_size=2, hidden_size=3, nonlinearity='relu')
h_0 = torch.zeros(2, 3)
t_0 = 0
while t_0 < 0:
    h_0 = cell_0(torch.randn(2, 2), h_0)
    t_0 += 1

config_1 = {"input_size": 2, "hidden_size": 2, "num_layers": 2}
rnn_1 = torch.nn.GRU(**config_1)
out_1, h_1 = rnn_1(torch.randn(3, 2, config_1["input_size"]))
