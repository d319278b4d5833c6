# oracle: seed 65, closed, runs cleanly
import torch
import torch.nn as nn

rnn_0 = nn.LSTM(3, 4, num_layers=3)
x_0 = torch.randn(1, 3)
hx_0 = (torch.zeros(3, 4), torch.zeros(3, 4))
out_0, _ = rnn_0(x_0, hx_0)
y_0 = out_0[-1].view(4)

class Model_1(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_1, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional, dropout=0.3)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(1))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

def build_1():
    return Model_1(8, 5, 1, bidirectional=True)

logits_1 = build_1()(torch.ones([2, 3, 8]))
probs_1 = logits_1.softmax(dim=-1)
