# oracle: seed 167, closed, runs cleanly
import torch.nn

cell_0 = torch.nn.GRUCell(input_size=2, hidden_size=3)
h_0 = torch.zeros(2, 3)
t_0 = 0
while t_0 < 0:
    h_0 = cell_0(torch.randn(2, 3), h_0)
    t_0 += 1

config_1 = {"input_size": 2, "hidden_size": 6, "num_layers": 2}
rnn_1 = torch.nn.GRU(**config_1)
out_1, h_1 = rnn_1(torch.randn(3, 2, config_1["input_size"]))

kind_2 = "LSTM"
rnn_2 = getattr(torch.nn, kind_2)(4, 4)
out_2 = rnn_2(torch.randn(4, 2, 4))[0]
