# oracle: seed 27, closed, runs cleanly
import torch

rnn_0 = torch.nn.RNN(input_size=3, hidden_size=8, batch_first=True)
x_0 = torch.ones(2, 4, 3)
out_0, h_0 = rnn_0(x_0)
fc_0 = torch.nn.Linear(8, 2)
logits_0 = fc_0(h_0[-1])
