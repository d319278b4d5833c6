# oracle: seed 131, closed, runs cleanly
import torch
from torch import nn
import torch.nn.functional as F

layer_0 = nn.LSTM(2, 3, proj_size=2)

rnn_1 = nn.RNN(3, 5, 1, bidirectional=True)
x_1 = torch.zeros(1, 2, 3)
hidden_1 = torch.zeros([2, 2, 5])
out_1, h_1 = rnn_1(x_1, hidden_1)
fc_1 = nn.Linear(10, 3)
logits_1 = fc_1(out_1[-1])

rnn_2 = nn.LSTM(8, 4, num_layers=2, bidirectional=True)
x_2 = torch.zeros((3, 3, 8))
hidden_2 = (torch.zeros(4, 3, 4), torch.randn(4, 3, 4).float())
out_2, (h_2, _) = rnn_2(x_2, hidden_2)
fc_2 = nn.Linear(8, 5)
logits_2 = fc_2(out_2[-1])
probs_2 = F.softmax(logits_2, dim=-1)

rnn_3 = nn.LSTM(input_size=4, hidden_size=3, batch_first=True, bidirectional=False)
x_3 = torch.rand(1, 3, 4)
batch_3 = x_3.size()[0]
h0_3 = torch.zeros(1, batch_3, 3)
c0_3 = torch.zeros(1, batch_3, 3)
out_3, (hn_3, cn_3) = rnn_3(x_3, (h0_3, c0_3))

class Model_4(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.LSTM(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_4 = Model_4(8, 2, bidirectional=False)
logits_4 = model_4.forward(torch.rand(4, 2, 8)).detach()
