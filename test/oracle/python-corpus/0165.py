# oracle: seed 165, closed, runs cleanly
import torch
from torch import nn
from torch.nn import GRU, LSTM, Linear, Module, RNN

class Model_0(Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_0, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = LSTM(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[1])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_0 = Model_0(7, 2, 2, bidirectional=True)
logits_0 = model_0.forward(torch.randn([1, 3, 7])).detach()
probs_0 = logits_0.softmax(dim=-1)

layer_1 = RNN(input_size=8, hidden_size=7, num_layers=1, dropout=0.25)

kind_2 = "GRU"
rnn_2 = getattr(nn, kind_2)(3, 4)
out_2 = rnn_2(torch.randn(4, 2, 3))[0]
