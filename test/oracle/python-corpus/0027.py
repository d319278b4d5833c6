# oracle: seed 27, closed, runs cleanly
import torch

rnn_0 = torch.nn.RNN(input_size=3, hidden_size=8, batch_first=True)
x_0 = torch.rand(2, 4, 3)
hidden_0 = torch.zeros(1, 2, 8)
out_0, _ = rnn_0(x_0, hidden_0)
fc_0 = torch.nn.Linear(8, 4)
logits_0 = fc_0(out_0[:, -1, :])
